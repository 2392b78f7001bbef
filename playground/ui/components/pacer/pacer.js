// The browser half of a paced fragment (playground/ui/paced.py): ask for the fragment's next
// run only after the last one has arrived here, and only once the wait the server named has
// passed. Streamlit's own run_every timer is fixed-rate: under load its next tick cuts the
// running fragment short, and with ten students nothing ever finished (a livelock). Here a slow
// run delays the next request instead.
//
// This element is the fragment's last one, so new data (a new tick number) means the run has
// drawn everything before it. A watchdog asks again if an answer never comes (a dropped
// message, a reconnect), long after any real run would have ended.

const PACER_STATE = Symbol("playgroundPacer");
const WATCHDOG_MS = 10000;

export default function (component) {
  const { parentElement, data, setTriggerValue } = component;
  const state = parentElement[PACER_STATE] || (parentElement[PACER_STATE] = { tick: null });
  const now = Date.now();
  if (state.tick !== data.tick) {
    state.tick = data.tick;
    state.due = now + Math.max(0, data.wait_ms);
    state.asked = false;
  }
  clearTimeout(state.timer);
  const ask = () => {
    state.asked = true;
    setTriggerValue("tick", state.tick);
    state.timer = setTimeout(ask, Math.max(WATCHDOG_MS, 4 * data.wait_ms)); // no answer: ask again
  };
  state.timer = state.asked
    ? setTimeout(ask, Math.max(WATCHDOG_MS, 4 * data.wait_ms))
    : setTimeout(ask, Math.max(0, state.due - now));
  let mark = parentElement.querySelector(".paced-mark"); // for tests and curious students: which run this is
  if (!mark) {
    mark = document.createElement("span");
    mark.className = "paced-mark";
    parentElement.appendChild(mark);
  }
  mark.dataset.tick = String(data.tick);
  mark.dataset.waitMs = String(data.wait_ms);
  return () => clearTimeout(state.timer);
}
