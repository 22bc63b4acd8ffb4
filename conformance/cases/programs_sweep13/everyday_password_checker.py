import string
import hashlib

COMMON = {"password", "123456", "qwerty", "letmein", "dragon"}


def strength(pw):
    issues = []
    if len(pw) < 10:
        issues.append(f"too short ({len(pw)} < 10)")
    classes = {
        "lower": set(string.ascii_lowercase),
        "upper": set(string.ascii_uppercase),
        "digit": set(string.digits),
        "symbol": set(string.punctuation),
    }
    present = [name for name, chars in classes.items() if chars & set(pw)]
    missing = [name for name in classes if name not in present]
    if len(present) < 3:
        issues.append("needs 3 of 4 classes, missing " + "/".join(missing))
    if pw.lower() in COMMON:
        issues.append("very common")
    if any(pw[i] == pw[i + 1] == pw[i + 2] for i in range(len(pw) - 2)):
        issues.append("repeats a character 3 times")
    score = max(0, 4 - len(issues)) + (len(pw) >= 16)
    return score, issues


for pw in ["password", "Tr0ub4dor&3", "aaaBBB111!!!", "correct horse battery staple", "Zx9!"]:
    score, issues = strength(pw)
    digest = hashlib.sha256(pw.encode()).hexdigest()[:12]
    print(f"{pw!r:32} score={score} sha256={digest} {'; '.join(issues) or 'ok'}")
