import random

WORDS = ["python", "sandbox", "interpreter", "bytecode", "generator"]
ART = ["", "O", "O\n|", "O\n/|", "O\n/|\\", "O\n/|\\\n/", "O\n/|\\\n/ \\"]


def play(word, guesses, max_wrong=6):
    found, wrong = set(), []
    for g in guesses:
        if g in found or g in wrong:
            print(f"  {g!r} already guessed")
            continue
        if g in word:
            found.add(g)
            print(f"  {g!r} yes  ", " ".join(c if c in found else "_" for c in word))
        else:
            wrong.append(g)
            print(f"  {g!r} no   misses: {''.join(wrong)} ({len(wrong)}/{max_wrong})")
        if set(word) <= found:
            return True, len(wrong)
        if len(wrong) >= max_wrong:
            print(ART[-1])
            return False, len(wrong)
    return None, len(wrong)


rng = random.Random(3)
for _ in range(3):
    word = rng.choice(WORDS)
    letters = list("etaoinsrhldcupybgm")
    rng.shuffle(letters)
    result, misses = play(word, letters)
    print(f"word={word!r} result={'won' if result else 'lost' if result is False else 'unfinished'} misses={misses}")
