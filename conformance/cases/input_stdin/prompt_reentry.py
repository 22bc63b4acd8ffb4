# input() whose prompt object re-enters input(), closes stdin or rebinds
# sys.stdin and sys.stdout from its __str__, and a sys.stdin whose readline
# calls input() again.
import sys
class Again:
    def __str__(self):
        return "<" + input("inner> ") + ">"
print(repr(input(Again())))
class Closer:
    def __str__(self):
        sys.stdin.close()
        return "p> "
try:
    input(Closer())
except ValueError as e:
    print("\nValueError", e)
class Loop:
    def readline(self):
        return input()
sys.stdin = Loop()
try:
    input()
except RecursionError as e:
    print("RecursionError")
class Rebind:
    def __str__(self):
        sys.stdin = None
        sys.stdout = None
        return "x"
sys.stdin = sys.__stdin__
try:
    input(Rebind())
except Exception as e:
    print(type(e).__name__, e, file=sys.__stdout__)
