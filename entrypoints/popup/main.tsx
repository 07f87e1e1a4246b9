import { render } from 'preact';

render(<h1>Ringside</h1>, document.getElementById('app')!);
