import re
import string
import hashlib

COMMON = {"password", "123456", "qwerty", "letmein", "dragon"}


def strength(pw):
    issues = []
    if len(pw) < 10:
        issues.append(f"too short ({len(pw)} < 10)")
    classes = [any(c in string.ascii_lowercase for c in pw), any(c in string.ascii_uppercase for c in pw),
               any(c.isdigit() for c in pw), any(c in string.punctuation for c in pw)]
    if sum(classes) < 3:
        issues.append(f"only {sum(classes)} character classes")
    if pw.lower() in COMMON or re.sub(r"\d+$", "", pw.lower()) in COMMON:
        issues.append("common password")
    if re.search(r"(.)\1\1", pw):
        issues.append("repeated characters")
    if re.search(r"(?:abc|123|qwe)", pw.lower()):
        issues.append("sequence")
    score = max(0, min(5, len(pw) // 4 + sum(classes) - 2 * len(issues)))
    return score, issues


for pw in ["password1", "Tr0ub4dor&3", "correcthorsebatterystaple", "aaaBBB111!!!", "Xk#9vLq2$mNw", "abc"]:
    score, issues = strength(pw)
    digest = hashlib.sha256(pw.encode()).hexdigest()[:12]
    print(f"{pw:<28} {'*' * score:<5} {digest} {'; '.join(issues) or 'ok'}")
