# input() past the end of the input: the uncaught EOFError ends the script.
print("reading", input())
print("reading", input())
