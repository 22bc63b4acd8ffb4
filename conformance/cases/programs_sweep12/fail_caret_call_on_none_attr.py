class Plugin:
    def __init__(self, name, hook=None):
        self.name = name
        self.hook = hook


def shout(text):
    return text.upper() + "!"


plugins = [Plugin("loud", shout), Plugin("echo", lambda t: t * 2), Plugin("broken")]
for p in plugins:
    print(p.name, "->", p.hook("hey"))
