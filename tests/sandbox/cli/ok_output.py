# An ordinary run: stdout and stderr interleaved, argv, a final newline-less write.
import sys

print("hello from", sys.argv[0])
sys.stderr.write("a line on stderr\n")
for i in range(3):
    print(i, end=" ")
print()
sys.stdout.write("no newline at the end")
