// `npm start`: serves the demo (http://localhost:8000/demo/) and the built bundle (dist/).
export default {
  rootDir: '.',
  port: 8000,
  open: false,
};
