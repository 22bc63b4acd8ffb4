# readlines() keeps each line's newline; the last line may have none.
import sys

lines = sys.stdin.readlines()
print(len(lines), lines)
words = [w for line in lines for w in line.split()]
print(sorted(words, key=str.lower))
