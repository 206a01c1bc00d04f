"""Reads what the workbench saved in a .nianbao file (the native XMI), for the acceptance suite's checks.

Usage: python3 saved_values.py FILE            every cell as `table,row,column,value`, sorted
       python3 saved_values.py FILE SECTION    the text of one section (S1, S6, ...)
The suite reads results from the files the product writes; it never calls into the product.
"""
import sys
import xml.etree.ElementTree as ET


def main():
    root = ET.parse(sys.argv[1]).getroot()
    if len(sys.argv) > 2:
        for section in root.iter("sections"):
            if section.get("key") == sys.argv[2]:
                print(section.get("body") or "")
        return
    lines = []
    for table in root.iter("tables"):
        for cell in table.iter("cells"):
            lines.append(",".join([table.get("tableId"), cell.get("row"), cell.get("column"), cell.get("value") or ""]))
    print("\n".join(sorted(lines)))


main()
