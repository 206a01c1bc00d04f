"""notice_scores.py WORKBOOK CLI_CSV: prints "ok" when the 得分 sheet of a 通报 workbook (nianbao's Excel notice)
lists the same units with the same scores as `nianbao score --format csv`, else what differs (ui scenario 19)."""
import csv
import re
import sys
import zipfile


def workbook_scores(path):
    book = zipfile.ZipFile(path)
    strings = [re.sub(r"<[^>]+>", "", s)
               for s in re.findall(r"<si>(.*?)</si>", book.read("xl/sharedStrings.xml").decode(), re.S)]
    sheet = book.read("xl/worksheets/sheet1.xml").decode()
    scores = {}
    for row in re.findall(r"<row [^>]*>(.*?)</row>", sheet, re.S)[1:]:
        cells = dict(re.findall(r'<c r="([A-Z]+)\d+"[^>/]*>(.*?)</c>', row, re.S))
        unit = strings[int(re.search(r"<v>(\d+)</v>", cells["A"]).group(1))]
        scores[unit] = float(re.search(r"<v>([^<]+)</v>", cells["D"]).group(1))
    return scores


def main():
    try:
        book = workbook_scores(sys.argv[1])
    except (OSError, KeyError, zipfile.BadZipFile) as e:
        print("no readable workbook (%s)" % type(e).__name__)
        return
    with open(sys.argv[2], encoding="utf-8") as f:
        cli = {r["unit"]: float(r["score"]) for r in csv.DictReader(f)}
    print("ok" if book == cli and len(book) == 4 else "workbook %s, command line %s" % (book, cli))


main()
