import { render } from 'preact';

render(<h1>Softphone</h1>, document.getElementById('app')!);
