MORSE = {"A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....", "I": "..",
         "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.",
         "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..",
         "0": "-----", "1": ".----", "2": "..---", "3": "...--"}
REVERSE = {v: k for k, v in MORSE.items()}


def encode(text):
    words = []
    for w in text.upper().split():
        try:
            words.append(" ".join(MORSE[c] for c in w))
        except KeyError as e:
            raise ValueError(f"cannot encode {e.args[0]!r}") from None
    return " / ".join(words)


def decode(code):
    return " ".join("".join(REVERSE.get(sym, "?") for sym in w.split()) for w in code.split(" / "))


for msg in ["SOS", "Hello World", "abc 123", "hi!"]:
    try:
        c = encode(msg)
        print(f"{msg!r}: {c} -> {decode(c)!r}")
    except ValueError as e:
        print(f"{msg!r}: ValueError {e}")
print(decode("... --- ... / ..--.. / .-"), len(MORSE), max(MORSE.items(), key=lambda kv: len(kv[1])))
