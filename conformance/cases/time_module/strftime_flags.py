# glibc's flags (- _ 0 ^ #), widths and E/O modifiers.
import time

t = (2024, 3, 5, 14, 7, 9, 1, 65, 0)
neg = (-5, 3, 5, 4, 7, 9, 1, 65, 0)
formats = ["%-d %_d %05d %-m %-H %-I %-j", "%^a %^A %^b %^B %^p %^P %^c",
           "%#a %#A %#b %#B %#p %#P %#c", "%10A|%-10A|%_10A|%010A",
           "%3d|%5e|%-3e|%03e|%_3e|%3k|%3l|%6j", "%Ey %EY %EC %Ec %Ex %EX %Od %Om %OH %Oy",
           "%Ea %EA %Eb %Ed %EH %Oc %Ox %OX %OY %OA %Ob", "%E%%O%|%3%|%5n|%2t",
           "%-5d|%-5Y|%_5Y|%05Y|%5Y|%1Y", "%10z|%_10z|%-10z|%010z|%-z|%1z|%2z|%6z",
           "%^5q|%#q|%5Q|%^#p|%#^p|%^^b|%__3e|%--8f", "%5|%-|%^|%E|%O|%8E"]
for f in formats:
    print(repr(f))
    print("  ", repr(time.strftime(f, t)))
    print("  ", repr(time.strftime(f, neg)))
zoned = time.struct_time(t + ("ABC", -3600))
print(repr(time.strftime("%Z|%^Z|%#Z|%8Z|%-8Z|%z|%8z", zoned)))
