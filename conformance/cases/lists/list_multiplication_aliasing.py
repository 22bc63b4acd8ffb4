# Repetition copies references, not objects.
row = [0] * 4
print(row)
board = [row] * 3
board[0][0] = 9
print(board, board[1] is board[2])
board2 = [[0] * 4 for _ in range(3)]
board2[0][0] = 9
print(board2)
letters = ["a"] * 3
letters[0] = "z"
print(letters)
lists = [[]] * 2
lists[0].append("shared")
print(lists)
x = [1, 2]
y = [x, x]
x.append(3)
print(y, y[0] is y[1])
