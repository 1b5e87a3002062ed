// The newsroom's only script; every form works without it. It asks before the actions that take a story off the site
// or replace its text (buttons with data-confirm), and before leaving a story form whose changes are not saved.
"use strict";

let leaving = false;

document.addEventListener("submit", (event) => {
  const question = event.submitter?.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
    return;
  }

  leaving = true;
});

const storyForm = document.querySelector("form.editor__form");
if (storyForm) {
  const typed = () => [...new FormData(storyForm)]
    .filter(([, value]) => typeof value === "string")
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
  const saved = typed();
  const fileChosen = () => [...storyForm.querySelectorAll("input[type=file]")].some((input) => input.files.length > 0);

  window.addEventListener("beforeunload", (event) => {
    if (!leaving && (typed() !== saved || fileChosen())) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
}
