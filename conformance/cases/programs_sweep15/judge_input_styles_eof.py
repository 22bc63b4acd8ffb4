import sys
first = input("Enter n: ")
print(repr(first))
n = int(first)
nums = list(map(int, input().split()))
print(n, nums, sum(nums), sep=' | ')
line = sys.stdin.readline()
print(repr(line), repr(line.rstrip('\n')), line.split())
name, age, score = input().split(',')
print(f"{name.strip():>8}|{int(age):03d}|{float(score):.3f}")
rows = [sys.stdin.readline().split() for _ in range(3)]
print(rows)
grid = [list(sys.stdin.readline().strip()) for _ in range(3)]
for r in grid:
    print(''.join(r), r.count('#'))
rest = sys.stdin.readlines()
print(len(rest), rest[:2])
for i, l in enumerate(rest, 1):
    print(i, l, end='')
print()
print(sys.stdin.readline() == '', sys.stdin.read() == '')
try:
    input()
except EOFError as e:
    print("EOFError:", repr(e), e.args)
try:
    input("prompt> ")
except EOFError as e:
    print("\nEOFError again:", e)
print(*nums, sep='\n')
print(*[], sep='x')
print('a', 'b', sep='', end='!\n')
print('no newline', end='')
print(' then', 1, 2.0, None, True, [1, 'a'], sep=', ')
sys.stdout.write("written %d\n" % 5)
print(sys.stdout.write("abc\n"))
print(*'hello', sep='-', end='\n\n')
print(sep='?')
print(None, end=None)
print(1, 2, sep=None)
