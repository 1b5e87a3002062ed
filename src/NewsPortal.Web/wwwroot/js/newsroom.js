// The newsroom's only script; every form works without it. It asks before the actions that take a story off the site
// or replace its text (buttons with data-confirm), and before leaving a story form whose changes are not saved; it
// keeps a copy of such changes in this browser, to offer back if they never reached the store; and it turns away a
// photo too large for the server as soon as it is chosen.
"use strict";

// Storage can be full or switched off; the form then works as it does without this script's copy.
const store = {
  read(key) {
    try {
      return JSON.parse(localStorage.getItem(key));
    } catch {
      return null;
    }
  },
  write(key, value) {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Nothing to do: the copy is a safety net, not the save.
    }
  },
  remove(key) {
    try {
      localStorage.removeItem(key);
    } catch {
      // As above.
    }
  },
  removeAll(prefix) {
    try {
      Object.keys(localStorage).filter((key) => key.startsWith(prefix)).forEach((key) => localStorage.removeItem(key));
    } catch {
      // As above.
    }
  },
};

const storyForm = document.querySelector("form.editor__form");
let leaving = false;

document.addEventListener("submit", (event) => {
  const question = event.submitter?.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
    return;
  }

  // Only sending the story form itself takes its text along; signing out or adding a notice would leave it behind.
  leaving ||= event.target === storyForm;
});

if (storyForm) {
  const typed = () => [...new FormData(storyForm)]
    .filter(([, value]) => typeof value === "string")
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
  // A form the server shows again (a preview, a refused or conflicting save) holds text that is not stored yet.
  const unsavedOnServer = storyForm.dataset.unsaved === "true";
  const saved = unsavedOnServer ? null : typed();
  const fileChosen = () => [...storyForm.querySelectorAll("input[type=file]")].some((input) => input.files.length > 0);

  window.addEventListener("beforeunload", (event) => {
    if (!leaving && (typed() !== saved || fileChosen())) {
      event.preventDefault();
      event.returnValue = "";
    }
  });

  keepUnsavedText(storyForm, unsavedOnServer);
  storyForm.querySelectorAll("input[type=file][data-max-bytes]").forEach(refuseOversizedFiles);
}

/**
 * A photo over the server's limit (the input's data-max-bytes) would be refused after the whole form was sent, or
 * make the form too large to send at all: it is taken out of the input as soon as it is chosen, and the reason shown
 * beside it, so that the rest of the story can still be saved.
 */
function refuseOversizedFiles(input) {
  const max = Number(input.dataset.maxBytes);
  const problem = document.getElementById(`${input.id}-problem`);
  const check = () => {
    const file = input.files[0];
    if (!file) {
      return;
    }

    if (file.size > max) {
      input.value = "";
      problem.textContent = `The photo ${file.name} is ${megabytes(file.size)}, larger than the ${megabytes(max)} the site ` +
        "takes, so it was not added. Save a smaller copy and choose that; the rest of the story can be saved now.";
      problem.hidden = false;
    } else {
      problem.textContent = "";
      problem.hidden = true;
    }
  };
  input.addEventListener("change", check);
  // A file chosen while the page was still loading, before this script ran.
  check();
}

// As the server writes sizes: rounded up to a tenth, so that a file just over the limit never reads as the limit.
function megabytes(bytes) {
  return `${Math.ceil(bytes * 10 / (1024 * 1024)) / 10} MB`;
}

/**
 * Keeps what is typed into a story form in localStorage until the store has it, because a save can fail where the
 * server cannot keep the text: a session that ended (the form goes to the sign-in page and is lost), a crash, a tab
 * closed by mistake. When the form next opens showing something else, it offers the kept text back.
 */
function keepUnsavedText(form, unsavedOnServer) {
  const prefix = "newsroom:unsaved:";
  const key = prefix + location.pathname;
  const newStoryKey = prefix + "/admin/stories/new";
  // The story's own text fields; not the schedule, the version or a fixed slug.
  const fields = () => [...form.elements].filter((field) => field.name?.startsWith("Draft.") && !field.readOnly
    && ["text", "url", "textarea"].includes(field.type));
  const values = () => Object.fromEntries(fields().map((field) => [field.name, field.value]));
  // The store tidies what it is given, so a saved form may differ from the typed one in these ways, which are no
  // reason to offer the text back: invisible format characters and spaces at the ends of lines go, runs of spaces in
  // a one-line field become one, tags take the letter case of a tag that exists, and an empty slug is made from the
  // headline. Any other difference (a letter's case, a new paragraph, an emptied field) is an edit not saved.
  const invisible = /[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
  const comparable = (name, value) => {
    const text = (value ?? "").replace(/\r\n?/g, "\n").replace(invisible, "");
    if (name === "Draft.Tags") {
      const tags = text.split(/[,\n]/).map((tag) => tag.trim().replace(/^#+/, "").trim().toLowerCase()).filter(Boolean);
      return [...new Set(tags)].join(",");
    }

    return name === "Draft.Body" ? text.replace(/[ \t]+$/gm, "").trim() : text.replace(/\s+/g, " ").trim();
  };
  // A field the form no longer lets the editor change (the slug, fixed once the story is scheduled or published) holds
  // nothing to offer back.
  const same = (kept, shown, names = Object.keys(kept)) => names.every((name) => !(name in shown)
    || (name === "Draft.Slug" && comparable(name, kept[name]) === "") || comparable(name, kept[name]) === comparable(name, shown[name]));
  const shown = values();
  let offerOpen = false;

  const keep = () => {
    const now = values();
    if (!unsavedOnServer && same(now, shown)) {
      store.remove(key);
      return;
    }

    store.write(key, { at: Date.now(), values: now });
  };

  // A new story, once saved, opens at its own address; its copy under "new" is done with then.
  const fromNewStory = store.read(newStoryKey);
  if (key !== newStoryKey && fromNewStory && same(fromNewStory.values, shown, ["Draft.Headline", "Draft.Body"])) {
    store.remove(newStoryKey);
  }

  const kept = store.read(key);
  if (unsavedOnServer) {
    keep();
  } else if (kept?.values && !same(kept.values, shown)) {
    offerOpen = true;
    offer(form, kept, {
      restore() {
        for (const field of fields()) {
          if (field.name in kept.values) {
            field.value = kept.values[field.name];
          }
        }
        offerOpen = false;
        keep();
      },
      discard() {
        offerOpen = false;
        keep();
      },
    });
  } else {
    store.remove(key);
  }

  let pending;
  form.addEventListener("input", () => {
    clearTimeout(pending);
    // While the offer is open the kept copy is what it offers; typing does not replace it until the editor chooses.
    pending = setTimeout(() => offerOpen || keep(), 400);
  });
  form.addEventListener("submit", () => {
    clearTimeout(pending);
    keep();
  });

  // Signing out on a shared computer leaves no story text behind in it.
  document.querySelector("form[action='/admin/sign-out']")?.addEventListener("submit", () => store.removeAll(prefix));
}

// The site's way of writing a time, HH:mm dd.MM.yyyy, in the editor's own time zone: when they typed it.
function siteTime(date) {
  const two = (n) => String(n).padStart(2, "0");
  return `${two(date.getHours())}:${two(date.getMinutes())} ${two(date.getDate())}.${two(date.getMonth() + 1)}.${date.getFullYear()}`;
}

function offer(form, kept, choices) {
  const box = document.createElement("section");
  box.className = "unsaved";
  box.setAttribute("role", "alert");
  const text = document.createElement("p");
  text.textContent = "This browser kept changes to this story that were not saved, from " +
    `${siteTime(new Date(kept.at))}. The form shows the story as it is stored.`;
  const close = (choice) => () => {
    box.remove();
    choice();
  };
  box.append(text,
    button("Put the unsaved changes back in the form", "button button--primary", close(choices.restore)),
    " ",
    button("Discard them", "button", close(choices.discard)));
  form.before(box);
}

function button(label, className, onClick) {
  const element = document.createElement("button");
  element.type = "button";
  element.className = className;
  element.textContent = label;
  element.addEventListener("click", onClick);
  return element;
}
