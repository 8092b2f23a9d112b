/* Small page behaviours of the back office. */
var Clientela = Clientela || {};

/** Copies an input's value to the clipboard and reveals the element that says so. */
Clientela.copy = function (inputId, statusId) {
    var input = document.getElementById(inputId);
    var done = function () {
        document.getElementById(statusId).hidden = false;
    };
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(input.value).then(done);
    } else {
        // Plain http (not localhost) has no clipboard API: fall back to selecting and copying.
        input.select();
        if (document.execCommand('copy')) {
            done();
        }
    }
};

/**
 * A choice remembered in this browser only (localStorage): which menu groups are open, whether the menu is folded,
 * whether the clients' filters are open. A browser that refuses storage just forgets.
 */
Clientela.remembered = {
    read: function (key) {
        try {
            return window.localStorage.getItem('clientela.' + key);
        } catch (e) {
            return null;
        }
    },
    write: function (key, value) {
        try {
            window.localStorage.setItem('clientela.' + key, value);
        } catch (e) {
            // storage refused (private mode, quota): the choice lasts until the page is left
        }
    }
};

/**
 * The side menu: the top bar's button folds it on a wide screen (remembered) and opens it over the page on a
 * narrow one, where Escape or a click beside it closes it again; each group remembers whether it is open, and the
 * group of the current page is always open.
 */
Clientela.menu = (function () {
    var narrowScreen = window.matchMedia('(max-width: 900px)');

    function body() {
        return document.body;
    }

    function expanded() {
        return narrowScreen.matches ? body().classList.contains('menu-open') : !body().classList.contains('menu-folded');
    }

    function sync() {
        var toggle = document.getElementById('menuToggle');
        if (toggle) {
            toggle.setAttribute('aria-expanded', String(expanded()));
        }
    }

    function close(returnFocus) {
        body().classList.remove('menu-open');
        sync();
        if (returnFocus) {
            document.getElementById('menuToggle').focus();
        }
    }

    /**
     * The keyboard goes into the menu just opened over the page. A hidden element cannot take the focus, so the
     * menu's new style is applied first (reading its width does that); if the focus still did not land, once more
     * after the slide.
     */
    function focusFirstEntry() {
        var menu = document.getElementById('mainMenu');
        var first = menu && menu.querySelector('a, summary');
        if (!first) {
            return;
        }
        void menu.offsetWidth;
        first.focus();
        if (document.activeElement !== first) {
            window.setTimeout(function () {
                first.focus();
            }, 250);
        }
    }

    function toggle() {
        if (narrowScreen.matches) {
            var open = body().classList.toggle('menu-open');
            sync();
            if (open) {
                focusFirstEntry();
            }
        } else {
            var folded = body().classList.toggle('menu-folded');
            Clientela.remembered.write('menu.folded', folded ? 'yes' : 'no');
            sync();
        }
    }

    function groups() {
        var raw = Clientela.remembered.read('menu.groups');
        try {
            return raw ? JSON.parse(raw) : {};
        } catch (e) {
            return {};
        }
    }

    function init() {
        var menu = document.getElementById('mainMenu');
        if (!menu) {
            return;
        }
        if (Clientela.remembered.read('menu.folded') === 'yes') {
            body().classList.add('menu-folded');
        }
        var state = groups();
        menu.querySelectorAll('details.menu-group').forEach(function (group) {
            if (group.querySelector('[aria-current="page"]')) {
                group.open = true;
            } else if (Object.prototype.hasOwnProperty.call(state, group.id)) {
                group.open = state[group.id];
            }
            group.addEventListener('toggle', function () {
                var now = groups();
                now[group.id] = group.open;
                Clientela.remembered.write('menu.groups', JSON.stringify(now));
            });
        });
        document.getElementById('menuToggle').addEventListener('click', toggle);
        document.querySelectorAll('[data-menu-close]').forEach(function (element) {
            element.addEventListener('click', function () {
                close(false);
            });
        });
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && narrowScreen.matches && body().classList.contains('menu-open')) {
                close(true);
            }
        });
        narrowScreen.addEventListener('change', function () {
            body().classList.remove('menu-open');
            sync();
        });
        sync();
    }

    document.addEventListener('DOMContentLoaded', init);
    return {toggle: toggle, expanded: expanded};
})();

/**
 * A p:fieldset toggled open or closed is remembered under {@code key}, and opened or closed that way when the page
 * loads again (the clients' filter panel starts closed so the results are in view).
 */
Clientela.rememberFieldset = function (widgetVar, key) {
    var fieldset = PF(widgetVar);
    if (!fieldset || !fieldset.legend) {
        return;
    }
    var wanted = Clientela.remembered.read(key);
    if ((wanted === 'open' && fieldset.cfg.collapsed) || (wanted === 'closed' && !fieldset.cfg.collapsed)) {
        fieldset.toggle();
    }
    fieldset.legend.on('click keydown', function (event) {
        if (event.type === 'keydown' && event.key !== 'Enter') {
            return;
        }
        // The widget flips cfg.collapsed in its own handler: read it right after.
        setTimeout(function () {
            Clientela.remembered.write(key, fieldset.cfg.collapsed ? 'closed' : 'open');
        }, 0);
    });
};

/** Pages mark what they remember with <span class="remembered" data-kind data-widget data-key>. */
window.addEventListener('load', function () {
    document.querySelectorAll('.remembered[data-widget]').forEach(function (mark) {
        if (mark.dataset.kind === 'fieldset') {
            Clientela.rememberFieldset(mark.dataset.widget, mark.dataset.key);
        }
    });
});

/**
 * Repairs of PrimeFaces 15 markup that screen readers stumble on, applied when a page loads and after each ajax
 * update: p:selectOneRadio in a line layout puts aria-checked on a plain div (the radio input inside already says
 * it); p:fileUpload in simple mode hides its own file input from assistive technology while keeping it the
 * keyboard's stop, so it is announced by its button's text instead; a table cell made a keyboard stop by
 * p:dataTable while it holds a link or an input of its own is a second, overlapping target: the link or input is
 * the stop.
 */
Clientela.repairAccessibility = function (root) {
    var scope = root || document;
    scope.querySelectorAll('.ui-selectoneradio div[aria-checked]:not([role])').forEach(function (wrapper) {
        wrapper.removeAttribute('aria-checked');
    });
    scope.querySelectorAll('.ui-fileupload-simple input[type="file"][aria-hidden="true"]').forEach(function (input) {
        input.removeAttribute('aria-hidden');
        if (!input.getAttribute('aria-label') && input.dataset.pLabel) {
            input.setAttribute('aria-label', input.dataset.pLabel);
        }
    });
    scope.querySelectorAll('td[role="gridcell"][tabindex]').forEach(function (cell) {
        if (cell.querySelector('a[href], input, button, select, textarea')) {
            cell.removeAttribute('tabindex');
        }
    });
};
// Once the document is parsed, after every ajax update, and whenever a table marks a cell as a keyboard stop on
// its own schedule (p:dataTable does so after the page has loaded).
window.addEventListener('load', function () {
    Clientela.repairAccessibility(document);
    if (window.MutationObserver) {
        new MutationObserver(function (changes) {
            changes.forEach(function (change) {
                var cell = change.target;
                if (cell.matches && cell.matches('td[role="gridcell"][tabindex]')
                        && cell.querySelector('a[href], input, button, select, textarea')) {
                    cell.removeAttribute('tabindex');
                }
            });
        }).observe(document.body, {attributes: true, attributeFilter: ['tabindex'], subtree: true});
    }
});
document.addEventListener('DOMContentLoaded', function () {
    Clientela.repairAccessibility(document);
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function () {
            Clientela.repairAccessibility(document);
        });
    }
});
