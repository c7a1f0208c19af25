// The page's only script: wires theme, sidebar drawer, code block toolbars, search, keyboard navigation, TOC spy.
// Loaded once as a small module; every part works by event delegation on static HTML.
import { setupTheme } from './theme.ts';
import { setupSidebar } from './sidebar-toggle.ts';
import { setupCodeBlocks } from './code-blocks.ts';
import { setupKeyboardNav } from './keyboard-nav.ts';
import { setupSearch } from './search-loader.ts';
import { setupTocSpy } from './toc-spy.ts';

setupTheme();
setupSidebar();
setupCodeBlocks();
setupKeyboardNav();
setupSearch();
setupTocSpy();
