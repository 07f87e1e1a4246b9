import { render } from 'preact';

render(<h1>Ringside settings</h1>, document.getElementById('app')!);
