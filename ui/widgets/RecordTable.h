#pragma once

class QTableView;

namespace ov {

// How the pages' read-only lists behave, in one place: whole rows selected one at a time,
// nothing edited, alternating rows, sortable from the headers, no row numbers, and Tab leaving
// the table (the arrows move inside it) so the keyboard reaches what comes after.
class RecordTable
{
public:
    static void configure(QTableView *table);
};

} // namespace ov
