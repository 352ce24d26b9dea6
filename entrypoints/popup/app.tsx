export function App() {
  return (
    <main>
      <h1>Archscout</h1>
      <input type="search" aria-label="Search projects" />
    </main>
  );
}
