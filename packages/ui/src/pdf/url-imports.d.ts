// Vite's `?url` imports (an emitted asset's URL), for this package's own typecheck; the apps get
// the same declaration from vite/client.
declare module '*?url' {
  const url: string;
  export default url;
}
