# except* rules: ExceptionGroup types refused, every matching clause runs
# once, return/continue/break refused at compile time (not tested here).
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError", e)

try:
    try:
        raise ValueError(1)
    except* (ValueError, ExceptionGroup):
        pass
except TypeError as e:
    print("TypeError", e)

ran = []
try:
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2), TypeError(3)])
except* ValueError as g:
    ran.append(("V", len(g.exceptions)))
except* (TypeError, ValueError) as g:
    ran.append(("TV", len(g.exceptions)))
print(ran)

try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as g:
    print("handled", g.exceptions)
try:
    g
except NameError as e:
    print("NameError", e)

def inner():
    try:
        raise ExceptionGroup("eg", [KeyError("k")])
    except* KeyError as g:
        print("notes kept:", getattr(g, "__notes__", None))
        return_value = "set in handler"
    return return_value
print(inner())

eg = ExceptionGroup("with note", [ValueError(1), TypeError(2)])
eg.add_note("group note")
try:
    try:
        raise eg
    except* ValueError:
        pass
except ExceptionGroup as rest:
    print(rest.__notes__, rest.message, rest is eg)

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        print("derive called with", len(excs))
        return MyGroup(self.message + "!", excs)
try:
    try:
        raise MyGroup("mine", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        print(type(g).__name__, g.message)
except MyGroup as rest:
    print(type(rest).__name__, rest.message)
