# An isolated run reads the standard input handed over before the run:
# input(), sys.stdin and sys.stdin.buffer, to the end.
import sys
n = int(input("count? "))
rows = [list(map(int, sys.stdin.readline().split())) for _ in range(n)]
print([sum(r) for r in rows])
print(sys.stdin.buffer.readline())
print(sys.stdin.read().split())
try:
    input()
except EOFError as e:
    print("EOFError:", e)
