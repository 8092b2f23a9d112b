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
