import difflib

old = """[server]
host = 0.0.0.0
port = 8080
workers = 4
debug = false
[db]
url = postgres://db/main
pool = 5
""".splitlines(keepends=True)
new = """[server]
host = 0.0.0.0
port = 9090
workers = 8
[db]
url = postgres://db/main
pool = 5
timeout = 30
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, fromfile="a/app.ini", tofile="b/app.ini")), end="")
print("----")
print("".join(difflib.context_diff(old, new, n=1)), end="")
print("----")
for line in difflib.ndiff(["port = 8080\n"], ["port = 9090\n"]):
    print(line, end="")
sm = difflib.SequenceMatcher(None, "kitten sitting", "sitting kitten")
print(round(sm.ratio(), 4), sm.find_longest_match(0, 14, 0, 14))
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, "abcdef", "abXdeY").get_opcodes():
    print(f"{tag:<8}{i1}:{i2} -> {j1}:{j2}")
words = ["apple", "apply", "ample", "maple", "applet", "happy"]
print(difflib.get_close_matches("appel", words), difflib.get_close_matches("aple", words, n=2, cutoff=0.8))
