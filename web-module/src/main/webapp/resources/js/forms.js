/*
 * Forms that never drop what was typed, and that work by keyboard alone. Loaded by the layout after
 * PrimeFaces' own scripts (its head's "last" facet), so it can adjust every date picker before the page's
 * widgets are built; everything else listens on the document, so inputs redrawn by ajax are covered too.
 *
 * - Date pickers (dd/MM/yyyy): typing "15031985" becomes "15/03/1985" as it is typed (mask-date, our own light
 *   mask like the others: PrimeFaces' Inputmask lost keys typed fast and kept "change" from firing), and what cannot
 *   be read as a date stays in the field for the server to refuse with a message next to it, instead of being
 *   erased when the field is left. The calendar no longer opens (and takes the focus) just because Tab reached
 *   the field: Tab goes on to the next field; ArrowDown, Enter or the calendar button open it, Escape closes it (even while it is still opening),
 *   and Tab past its last control closes it and goes on.
 * - Masks while typing, by CSS class: mask-phone "(11) 98765-4321", mask-cep "01310-100", mask-cpf
 *   "123.456.789-09", mask-cnpj "12.ABC.345/01DE-35" (letters allowed in the first 12 positions, as the
 *   alphanumeric CNPJ of July 2026), mask-document (a CPF until more than 11 characters or a letter is typed,
 *   then a CNPJ). Money fields use p:inputNumber, which masks them itself.
 * - Help "?" buttons (class help-toggle): show or hide the text they control.
 */
var Clientela = Clientela || {};

Clientela.forms = (function () {
    'use strict';

    var DATE_FORMAT = 'dd/mm/yy';

    /** Every date picker built from now on: masked when it is a plain dd/MM/yyyy date, opened on demand. */
    function adjustDatePickers() {
        var DatePicker = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.DatePicker;
        if (!DatePicker || DatePicker.prototype.clientelaAdjusted) {
            return;
        }
        var init = DatePicker.prototype.init;
        DatePicker.prototype.init = function (cfg) {
            if (!cfg.inline) {
                cfg.showOnFocus = false;
                // Never blank a value that cannot be read: the server refuses it next to the field.
                cfg.keepInvalid = true;
            }
            init.call(this, cfg);
            var single = !cfg.selectionMode || cfg.selectionMode === 'single';
            // Our own light mask (below), not PrimeFaces' Inputmask: that one swallowed keys typed fast, reopened
            // the calendar on Escape and kept the browser from firing "change".
            if (!cfg.inline && single && cfg.dateFormat === DATE_FORMAT && !cfg.showTime && !cfg.timeOnly
                    && this.input) {
                this.input.addClass('mask-date');
            }
        };
        DatePicker.prototype.clientelaAdjusted = true;
        closeWhileOpening();
    }

    /** Whether the focus left the date picker (its input, button and calendar) while the calendar was opening. */
    function focusWentElsewhere(picker) {
        var active = document.activeElement;
        if (picker.options.inline || !active || active === document.body) {
            return false;
        }
        var own = [picker.inputfield && picker.inputfield[0], picker.triggerButton && picker.triggerButton[0]];
        return own.indexOf(active) < 0 && !(picker.panel && picker.panel[0].contains(active));
    }

    /**
     * Escape (or the button, or a click beside it) while the calendar is still sliding open used to do nothing:
     * PrimeFaces ignores a hide until its opening transition has ended, so a quick Escape left the calendar open.
     * Such a hide is remembered and done as soon as the calendar has opened, instead of moving the focus into it; so is
     * a Tab that took the focus elsewhere meanwhile.
     */
    function closeWhileOpening() {
        var plugin = window.jQuery && jQuery.prime && jQuery.prime.datePicker;
        if (!plugin || plugin.prototype.clientelaCloseWhileOpening) {
            return;
        }
        var proto = plugin.prototype;
        var hideOverlay = proto.hideOverlay;
        var focusOverlay = proto.focusOverlay;
        proto.hideOverlay = function () {
            if (!this.options.inline && !this.documentClickListener && this.isPanelVisible()) {
                this.clientelaHideWhenOpen = true;
                return;
            }
            return hideOverlay.apply(this, arguments);
        };
        proto.focusOverlay = function () {
            if (this.clientelaHideWhenOpen) {
                this.clientelaHideWhenOpen = false;
                this.hideOverlay();
                return;
            }
            if (focusWentElsewhere(this)) {
                // Tab pressed while it was opening: the person moved on; close it and leave the focus where it went.
                this.hideOverlay(true);
                return;
            }
            return focusOverlay.apply(this, arguments);
        };
        proto.clientelaCloseWhileOpening = true;
    }

    function widgetOfPanel(panel) {
        var id = panel.id && panel.id.replace(/_panel$/, '');
        return id && PrimeFaces.getWidgetById ? PrimeFaces.getWidgetById(id) : null;
    }

    /** Tab past the last control of an open calendar (or Shift+Tab before its first) closes it and moves on. */
    function onKeyDown(event) {
        if (event.key !== 'Tab' || !window.jQuery) {
            return;
        }
        var panel = jQuery(event.target).closest('.p-datepicker-panel, .ui-datepicker.ui-widget-content');
        if (!panel.length) {
            return;
        }
        var widget = widgetOfPanel(panel[0]);
        var tabbables = panel.find(':tabbable');
        var leavingForward = !event.shiftKey && event.target === tabbables.last()[0];
        var leavingBackward = event.shiftKey && event.target === tabbables.first()[0];
        if (!widget || !(leavingForward || leavingBackward)) {
            return;
        }
        event.preventDefault();
        event.stopPropagation();
        widget.hide();
        var picker = widget.jq;
        if (leavingBackward) {
            widget.input.trigger('focus');
            return;
        }
        var all = jQuery(':tabbable');
        var last = picker.find(':tabbable').last();
        var next = all.eq(all.index(last.length ? last : widget.input) + 1);
        (next.length ? next : widget.input).trigger('focus');
    }

    // A masked input gets its value from the mask's script, so the browser may fire no "change" when it is left,
    // and p:ajax event="change" (the CEP lookup, a minor's guardian section) would never run: fire it ourselves.
    var dateOnFocus = new WeakMap();
    var dateChanged = new WeakMap();

    function maskedDateInput(target) {
        if (!target || target.tagName !== 'INPUT' || !window.jQuery) {
            return false;
        }
        for (var name in MASKS) {
            if (target.classList.contains(name)) {
                return true;
            }
        }
        return false;
    }

    function onFocusIn(event) {
        if (maskedDateInput(event.target)) {
            dateOnFocus.set(event.target, event.target.value);
            dateChanged.set(event.target, false);
        }
    }

    function onNativeChange(event) {
        if (maskedDateInput(event.target)) {
            dateChanged.set(event.target, true);
        }
    }

    function onFocusOut(event) {
        var input = event.target;
        if (maskedDateInput(input) && dateOnFocus.has(input) && !dateChanged.get(input)
                && dateOnFocus.get(input) !== input.value) {
            dateOnFocus.delete(input);
            jQuery(input).trigger('change');
        }
    }

    // ---- masks while typing ----

    function digits(text) {
        return text.replace(/\D/g, '');
    }

    function alphanumerics(text) {
        return text.toUpperCase().replace(/[^0-9A-Z]/g, '');
    }

    /** Lays {@code chars} over a pattern where '#' takes one character: ('12345678', '#####-###'). */
    function lay(chars, pattern) {
        var out = '';
        var next = 0;
        for (var i = 0; i < pattern.length && next < chars.length; i++) {
            out += pattern.charAt(i) === '#' ? chars.charAt(next++) : pattern.charAt(i);
        }
        return out;
    }

    function phone(text) {
        if (/^\s*\+/.test(text) && !/^\s*\+\s*55/.test(text)) {
            return text; // a foreign number stays as typed
        }
        var d = digits(text);
        if (d.length > 11 && d.indexOf('55') === 0) {
            d = d.substring(2);
        }
        d = d.substring(0, 11);
        if (d.length <= 2) {
            return d.length ? '(' + d : '';
        }
        return lay(d, d.length <= 10 ? '(##) ####-####' : '(##) #####-####');
    }

    function cnpj(text) {
        var chars = alphanumerics(text);
        // The last two positions are check digits, always numbers.
        var body = chars.substring(0, 12);
        var check = digits(chars.substring(12)).substring(0, 2);
        return lay(body + check, '##.###.###/####-##');
    }

    var MASKS = {
        'mask-phone': phone,
        'mask-cep': function (text) {
            return lay(digits(text).substring(0, 8), '#####-###');
        },
        'mask-date': function (text) {
            return lay(digits(text).substring(0, 8), '##/##/####');
        },
        'mask-cpf': function (text) {
            return lay(digits(text).substring(0, 11), '###.###.###-##');
        },
        'mask-cnpj': cnpj,
        'mask-document': function (text) {
            var chars = alphanumerics(text);
            return chars.length > 11 || /[A-Z]/.test(chars) ? cnpj(text) : MASKS['mask-cpf'](text);
        }
    };

    function significant(ch) {
        return /[0-9A-Za-z]/.test(ch);
    }

    function onInput(event) {
        var input = event.target;
        if (!input || input.tagName !== 'INPUT' || input.readOnly) {
            return;
        }
        for (var name in MASKS) {
            if (input.classList.contains(name)) {
                var old = input.value;
                var masked = MASKS[name](old);
                if (masked === old) {
                    return;
                }
                // Keep the caret after the same number of letters and digits as before.
                var caret = input.selectionStart === null ? old.length : input.selectionStart;
                var before = 0;
                for (var i = 0; i < caret && i < old.length; i++) {
                    if (significant(old.charAt(i))) {
                        before++;
                    }
                }
                input.value = masked;
                var at = 0;
                while (at < masked.length && before > 0) {
                    if (significant(masked.charAt(at))) {
                        before--;
                    }
                    at++;
                }
                if (document.activeElement === input) {
                    input.setSelectionRange(at, at);
                }
                return;
            }
        }
    }

    // ---- help "?" ----

    function onClick(event) {
        var toggle = event.target.closest && event.target.closest('.help-toggle');
        if (!toggle) {
            return;
        }
        event.preventDefault();
        var text = document.getElementById(toggle.getAttribute('aria-controls'));
        if (text) {
            var open = toggle.getAttribute('aria-expanded') === 'true';
            toggle.setAttribute('aria-expanded', open ? 'false' : 'true');
            text.hidden = open;
        }
    }

    // ---- messages added in the browser ----

    /**
     * A message p:messages shows from the browser (p:validateFile's size or type check) was written by PrimeFaces 15
     * with an inline onclick on its close link, which the Content-Security-Policy refuses, and with its text
     * unescaped (a file's name is part of it). Written here without either: the close link, when the list has
     * one, is bound from script.
     */
    function safeBrowserMessages() {
        var Messages = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Messages;
        if (!Messages || Messages.prototype.clientelaSafe) {
            return;
        }
        Messages.prototype.appendMessage = function (message) {
            var severity = String(message.severity).replace(/[^a-z]/g, '');
            var group = this.jq.children('div.ui-messages-' + severity);
            if (group.length === 0) {
                group = jQuery('<div class="ui-messages-' + severity + '"><span class="ui-messages-' + severity
                        + '-icon"></span><ul></ul></div>').appendTo(this.jq);
                if (this.cfg.closable !== false) {
                    var close = jQuery('<a href="#" class="ui-messages-close" role="button"><span class="ui-icon ui-icon-close"></span></a>')
                            .attr('aria-label', this.getAriaLabel('close'));
                    close.on('click', function (event) {
                        event.preventDefault();
                        group.slideUp();
                    });
                    group.prepend(close);
                }
            }
            var item = jQuery('<li><span class="ui-messages-' + severity + '-summary"></span><span class="ui-messages-'
                    + severity + '-detail"></span></li>');
            item.children().eq(0).text(message.summary || '');
            item.children().eq(1).text(message.detail || '');
            group.children('ul').append(item);
        };
        Messages.prototype.clientelaSafe = true;
    }

    adjustDatePickers();
    safeBrowserMessages();
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('input', onInput, true);
    document.addEventListener('click', onClick);
    document.addEventListener('focusin', onFocusIn, true);
    document.addEventListener('change', onNativeChange, true);
    document.addEventListener('focusout', onFocusOut, true);

    return {phone: phone, cnpj: cnpj, masks: MASKS};
})();
