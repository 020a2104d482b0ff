// Blazor cannot cancel a key event only for some keys: this keeps the keys that move the heatmap's focused cell from
// also scrolling the page, while Tab still leaves the grid.
const navigationKeys = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"]);

export function keepNavigationKeys(grid) {
    grid?.addEventListener("keydown", event => {
        if (navigationKeys.has(event.key)) {
            event.preventDefault();
        }
    });
}
