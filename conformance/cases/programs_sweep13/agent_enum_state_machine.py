from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    THINKING = auto()
    CALLING_TOOL = auto()
    RESPONDING = auto()
    DONE = auto()


TRANSITIONS = {
    State.IDLE: {"user_message": State.THINKING},
    State.THINKING: {"need_tool": State.CALLING_TOOL, "answer_ready": State.RESPONDING},
    State.CALLING_TOOL: {"tool_result": State.THINKING, "tool_error": State.RESPONDING},
    State.RESPONDING: {"sent": State.DONE},
}


class Agent:
    def __init__(self):
        self.state = State.IDLE
        self.history = [self.state]

    def fire(self, event):
        options = TRANSITIONS.get(self.state, {})
        if event not in options:
            allowed = ", ".join(sorted(options)) or "nothing"
            raise RuntimeError(f"{event!r} not allowed in {self.state.name} (allowed: {allowed})")
        self.state = options[event]
        self.history.append(self.state)


agent = Agent()
for ev in ["user_message", "need_tool", "tool_result", "need_tool", "tool_error", "sent"]:
    agent.fire(ev)
print(" -> ".join(s.name for s in agent.history))
print(repr(agent.state), agent.state.value, State["THINKING"], State(3))
for ev in ["user_message", "sent"]:
    try:
        agent.fire(ev)
    except RuntimeError as e:
        print("error:", e)
counts = {}
for s in agent.history:
    counts[s] = counts.get(s, 0) + 1
print({s.name: n for s, n in counts.items()})
