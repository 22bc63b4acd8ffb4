import shlex
import fnmatch

commands = [
    'grep -n "hello world" notes.txt',
    "cp 'my file.txt' backup/",
    r'echo "escaped \"quote\"" done',
    "ls -la *.py  # list sources",
    "tar czf out.tgz --exclude='*.log' src",
]
for cmd in commands:
    print(shlex.split(cmd, comments=True))
print(shlex.join(["rm", "-rf", "my dir", "it's"]), shlex.quote("safe"), shlex.quote("a b'c"))
lex = shlex.shlex("a=1, b = 'two words', c=3", posix=True)
lex.whitespace_split = False
print(list(lex))
try:
    shlex.split('echo "unterminated')
except ValueError as e:
    print("ValueError:", e)

files = ["main.py", "test_main.py", "README.md", "setup.cfg", "data.CSV", "notes.txt",
         "test_utils.py", ".hidden", "src/app.py"]
for pat in ["*.py", "test_*", "*.[ct]*", "?????.*", "*.csv", "[!.]*", "src/*"]:
    print(f"{pat:<8}", fnmatch.filter(files, pat))
print(fnmatch.fnmatchcase("data.CSV", "*.csv"), fnmatch.fnmatch("x.PY", "*.py"), fnmatch.translate("*.[ch]"))
