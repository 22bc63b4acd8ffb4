# The last line without a newline still reads; the next input() is the end.
a = input()
b = input()
print(repr(a), repr(b))
try:
    input()
except EOFError:
    print("end")
