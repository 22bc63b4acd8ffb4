import shlex

lines = [
    'git commit -m "fix: handle empty input" --author="Ann Lee <ann@x.org>"',
    "grep -r 'TODO|FIXME' src/ --include='*.py'",
    r'echo "escaped \"quotes\" and \$vars" plain\ space',
    "cmd # a comment here",
    'unbalanced "quote here',
]
for line in lines:
    try:
        print(shlex.split(line, comments=True))
    except ValueError as e:
        print("ValueError:", e)
lex = shlex.shlex("a=1; b='two words'; c", posix=True, punctuation_chars=True)
print(list(lex))
print(shlex.join(["rm", "-rf", "my dir", "it's"]))
