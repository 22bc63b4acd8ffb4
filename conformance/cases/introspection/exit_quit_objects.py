# exit and quit are site's Quitter objects: their repr is a hint, calling
# one raises SystemExit with the argument.
print(repr(exit))
print(quit)
print(str(exit))
print(f"{quit!r}")
print(type(exit).__name__, type(quit) is type(exit))
print(callable(exit), exit is quit)

for call in (lambda: exit(), lambda: exit(5), lambda: quit("bye"), lambda: exit(code=7),
             lambda: quit((1, 2)), lambda: exit(None)):
    try:
        call()
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)

try:
    exit(1, 2)
except TypeError as e:
    print("TypeError")


def stop(n):
    if n > 2:
        exit(n)
    return n


try:
    for i in range(10):
        print(stop(i))
except SystemExit as e:
    print("stopped at", e.code)
print("still running")
