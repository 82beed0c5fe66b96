// `npm start`: serves the demo and the built bundle (dist/) on port 8000, or the next free port when 8000 is taken
// (the URL is printed once the server listens).
export default {
  rootDir: '.',
  open: false,
  // The server's own « Local: http://localhost:8000/ » line leads to the demo too.
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/') return ctx.redirect('/demo/');
      return next();
    },
  ],
  plugins: [
    {
      name: 'print-demo-url',
      serverStart({ config }) {
        console.log(`\n  Demo: http://localhost:${config.port}/demo/\n`);
      },
    },
  ],
};
