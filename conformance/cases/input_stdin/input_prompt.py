# input(prompt) writes str(prompt) to stdout, without a newline, before reading.
import sys

name = input("name? ")
print("hello", name)
n = input(42)
print("got", n)
print(input(None), input(""))
print("before", end="|")
x = input(["a", 1])
print(x)
try:
    input("last> ")
except EOFError as e:
    print("|", e)
try:
    input("a", "b")
except TypeError as e:
    print(e)
try:
    input(prompt="x")
except TypeError as e:
    print(e)
