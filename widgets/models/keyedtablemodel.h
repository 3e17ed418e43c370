#pragma once
// KeyedTableModel<Row>: a table whose rows are sorted by a string key and are replaced wholesale
// from each snapshot. replaceRows() merges the new list into the old one with the minimal
// signals: one remove per vanished run, one insert per new run, and one dataChanged spanning the
// rows whose content changed, so views keep their selection and scroll position.

#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace meshscope::widgets {

template <typename Row>
class KeyedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    // Row `i` (0 <= i < rowCount()).
    const Row& rowAt(int i) const { return m_rows[static_cast<std::size_t>(i)]; }
    // The row index of `key`, or -1.
    int indexOfKey(const std::string& key) const
    {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].key() == key)
                return static_cast<int>(i);
        return -1;
    }

protected:
    // Replaces the rows with `rows` (sorted by key(), unique keys). Call once per snapshot.
    void replaceRows(std::vector<Row> rows)
    {
        // 1. removals, back to front, in contiguous runs
        std::vector<bool> keep(m_rows.size(), false);
        {
            std::size_t j = 0;
            for (std::size_t i = 0; i < m_rows.size(); ++i) {
                while (j < rows.size() && rows[j].key() < m_rows[i].key())
                    ++j;
                keep[i] = j < rows.size() && rows[j].key() == m_rows[i].key();
            }
        }
        for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0;) {
            if (keep[static_cast<std::size_t>(i)]) {
                --i;
                continue;
            }
            int first = i;
            while (first > 0 && !keep[static_cast<std::size_t>(first - 1)])
                --first;
            beginRemoveRows({}, first, i);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + i + 1);
            endRemoveRows();
            i = first - 1;
        }
        // 2. insertions in runs, 3. changed rows
        int changedFirst = -1, changedLast = -1;
        std::size_t i = 0;
        for (std::size_t j = 0; j < rows.size();) {
            if (i < m_rows.size() && m_rows[i].key() == rows[j].key()) {
                if (!(m_rows[i] == rows[j])) {
                    m_rows[i] = std::move(rows[j]);
                    if (changedFirst < 0)
                        changedFirst = static_cast<int>(i);
                    changedLast = static_cast<int>(i);
                }
                ++i;
                ++j;
                continue;
            }
            std::size_t end = j;
            while (end < rows.size() && (i >= m_rows.size() || rows[end].key() < m_rows[i].key()))
                ++end;
            const int first = static_cast<int>(i);
            beginInsertRows({}, first, first + static_cast<int>(end - j) - 1);
            m_rows.insert(m_rows.begin() + static_cast<std::ptrdiff_t>(i), std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(j)),
                          std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(end)));
            endInsertRows();
            i += end - j;
            j = end;
        }
        if (changedFirst >= 0)
            Q_EMIT this->dataChanged(this->index(changedFirst, 0), this->index(changedLast, columnCount() - 1));
    }

    std::vector<Row> m_rows; // rows sorted by key()
};

} // namespace meshscope::widgets
