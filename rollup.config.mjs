// Builds the one file a school pastes into its page: dist/ent-help.js, a self-contained,
// minified ES module with Lit, the tree and every locale inside.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

export default {
  input: 'src/ent-help.ts',
  output: {
    file: 'dist/ent-help.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    // `browser` + the default `production` condition select Lit's production build.
    resolve({ browser: true }),
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/**/*.ts'],
      declaration: false,
      declarationMap: false,
      noEmitOnError: true,
      outDir: 'dist',
    }),
    terser({
      ecma: 2021,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};
