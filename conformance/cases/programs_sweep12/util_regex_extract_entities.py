import re

TEXT = """Contact: jane.doe@example.com, +1 (555) 123-4567, or john_smith99@mail.co.uk.
Order #A-10234 shipped 2024-03-15; refund #R-77 issued 15/04/2024. Visit https://shop.example.com/p?id=42&ref=mail
Prices: $19.99, $1,250.00 and €35. IP 192.168.0.254 and 10.0.0.1; bad IP 999.1.1.1."""

patterns = {
    "emails": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "phones": r"\+?\d[\d\s()-]{8,}\d",
    "orders": r"#([A-Z])-(\d+)",
    "iso_dates": r"\b\d{4}-\d{2}-\d{2}\b",
    "eu_dates": r"\b(\d{2})/(\d{2})/(\d{4})\b",
    "urls": r"https?://[^\s]+",
    "dollars": r"\$(\d{1,3}(?:,\d{3})*(?:\.\d{2})?)",
    "ips": r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b",
}
for name, pat in patterns.items():
    print(f"{name:<10}", re.findall(pat, TEXT))
total = sum(float(x.replace(",", "")) for x in re.findall(patterns["dollars"], TEXT))
print("dollar total", total)
swapped = re.sub(patterns["eu_dates"], r"\3-\2-\1", TEXT)
print(re.findall(patterns["iso_dates"], swapped))
masked = re.sub(r"([\w.+-])[\w.+-]*(@)", r"\1***\2", TEXT.splitlines()[0])
print(masked)
for m in re.finditer(r"(?P<kind>Order|refund) #(?P<id>[\w-]+)", TEXT):
    print(m.start(), m.group("kind"), m["id"], m.span("id"))
print(re.split(r"[;,.]\s*", "a, b; c. d"), re.escape("1+1=2?"), bool(re.search(r"(?i)VISIT", TEXT)))
