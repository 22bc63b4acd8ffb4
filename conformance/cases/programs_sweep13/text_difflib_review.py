import difflib

old = """def greet(name):
    print("Hello " + name)
    return None

greet("world")
""".splitlines(keepends=True)
new = """def greet(name, punct="!"):
    print(f"Hello {name}{punct}")

greet("world")
greet("moat", "?")
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, fromfile="a/greet.py", tofile="b/greet.py")))
print("".join(difflib.context_diff(old, new, n=1)))
sm = difflib.SequenceMatcher(None, "kitten sitting", "sitting kitten")
print(round(sm.ratio(), 3), sm.find_longest_match(0, 14, 0, 14))
for op in sm.get_opcodes():
    print(op)
words = ["apple", "applet", "ample", "maple", "apply", "people"]
print(difflib.get_close_matches("appel", words))
print(difflib.get_close_matches("appel", words, n=2, cutoff=0.8))
print(list(difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "three\n"])))
