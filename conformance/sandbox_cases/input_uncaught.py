# moat policy: input() is left out of the sandbox.
print("What is your name?")
name = input()
print("Hello", name)
