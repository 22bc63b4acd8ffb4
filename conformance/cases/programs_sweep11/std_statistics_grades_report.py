import statistics as st
from collections import defaultdict

raw = """ann math 91
ann art 78
bob math 65
bob art 88
cy math 91
cy art 95
dee math 72
dee art 60
eve math 100"""
by_subject = defaultdict(list)
by_student = defaultdict(dict)
for line in raw.splitlines():
    name, subj, score = line.split()
    by_subject[subj].append(int(score))
    by_student[name][subj] = int(score)
for subj, scores in sorted(by_subject.items()):
    print(f"{subj:<5} n={len(scores)} mean={st.mean(scores):.2f} median={st.median(scores)} "
          f"stdev={st.stdev(scores):.3f} modes={st.multimode(scores)} q={st.quantiles(scores, n=4)}")
z = {}
for subj, scores in by_subject.items():
    mu, sd = st.mean(scores), st.pstdev(scores)
    for name, s in by_student.items():
        if subj in s:
            z[(name, subj)] = round((s[subj] - mu) / sd, 2)
print(sorted(z.items(), key=lambda kv: -kv[1])[:3])
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.mode(["a", "b", "b"]), st.pvariance([1, 2, 3, 4]))
nd = st.NormalDist.from_samples(by_subject["math"])
print(round(nd.mean, 3), round(nd.stdev, 3), round(nd.cdf(90), 4), round(nd.inv_cdf(0.5), 3))
