history = ["open", "edit", "save", "close"]
print(history[-1], history[-2:], history[:-1], history[::-1])
print(history[1:100], history[-100:1])
undo = history.pop()
print("undid", undo, "->", history)
while True:
    print("undo", history.pop())
