import random
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != ' ' and b[a] == b[c] == b[d]:
            return b[a]
    return 'draw' if ' ' not in b else None
def show(b):
    rows = [" | ".join(b[i:i + 3]) for i in range(0, 9, 3)]
    print("\n---------\n".join(rows))
memo = {}
def minimax(b, player):
    key = (''.join(b), player)
    if key in memo: return memo[key]
    w = winner(b)
    if w == 'X': return 1, None
    if w == 'O': return -1, None
    if w == 'draw': return 0, None
    best = None
    for i in range(9):
        if b[i] == ' ':
            b[i] = player
            score, _ = minimax(b, 'O' if player == 'X' else 'X')
            b[i] = ' '
            if best is None or (player == 'X' and score > best[0]) or (player == 'O' and score < best[0]):
                best = (score, i)
    memo[key] = best
    return best
rng = random.Random(5)
results = {'X': 0, 'O': 0, 'draw': 0}
for game in range(6):
    b = [' '] * 9
    player = 'X'
    moves = []
    while winner(b) is None:
        if player == 'X':
            _, mv = minimax(b, 'X')
        else:
            mv = rng.choice([i for i in range(9) if b[i] == ' '])
        b[mv] = player
        moves.append(mv)
        player = 'O' if player == 'X' else 'X'
    w = winner(b)
    results[w] += 1
    print(f"game {game}: moves={moves} result={w}")
    if game < 2:
        show(b)
print(results, len(memo))
print(minimax([' '] * 9, 'X'), minimax(list("XO XO    "), 'X'))
words = ["python", "binary", "heapq", "stack"]
secret = rng.choice(words)
guessed = set()
lives = 6
for ch in "etaoinshrdlucmfwypvbgkqjxz":
    if lives == 0 or all(c in guessed for c in secret):
        break
    guessed.add(ch)
    if ch not in secret:
        lives -= 1
    print(f"{ch}: {' '.join(c if c in guessed else '_' for c in secret)} lives={lives}")
print("won" if all(c in guessed for c in secret) else "lost", secret, sorted(guessed))
