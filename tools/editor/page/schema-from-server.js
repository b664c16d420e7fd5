// The language server names the schema of a file:// document by its path next to the file, as the
// editor on disk does; in the browser the worker fetches that path from the page's own server.
const fetchFromNetwork = self.fetch.bind(self);
self.fetch = (input, init) => {
  const url = String(input);
  return fetchFromNetwork(url.startsWith("file:///wijksim/") ? new URL(url.slice("file:///wijksim/".length), self.location.href).href : input, init);
};
