import sys

write = sys.stdout.write
n = int(sys.stdin.readline())
rows = []
for i in range(1, n + 1):
    rows.append(" ".join(str(i * j) for j in range(1, n + 1)))
write("\n".join(rows))
write("\n")
print(*range(5), sep=", ", end=".\n")
print(*["a", "b"], sep="")
sys.stdout.write(f"{sum(range(n * n)):>10}\n")
sys.stdout.flush()
print(sys.stdout.write("abc\n"))
