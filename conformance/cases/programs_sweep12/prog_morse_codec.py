MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....",
    "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.",
    "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-",
    "Y": "-.--", "Z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.",
}
REVERSE = {v: k for k, v in MORSE.items()}


def encode(text):
    return " / ".join(" ".join(MORSE[c] for c in word if c in MORSE) for word in text.upper().split())


def decode(code):
    return " ".join("".join(REVERSE.get(sym, "?") for sym in word.split()) for word in code.split(" / "))


for msg in ["SOS", "Hello World", "Python 3.11", "moat sandbox"]:
    e = encode(msg)
    print(f"{msg!r:<16} {e}")
    print(f"{'':<16} -> {decode(e)!r}")
print(decode("... --- ... / ..--.. / .-"))
lengths = sorted(MORSE, key=lambda k: (len(MORSE[k]), k))
print("shortest:", lengths[:4], "longest:", lengths[-3:])
