import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';

const cls = (...c: (string | false | undefined)[]) => c.filter(Boolean).join(' ');

/** NL Design System table; wrapped so a wide table scrolls instead of breaking the page. */
export function Table({ className, children, ...rest }: HTMLAttributes<HTMLTableElement>) {
  return (
    <div className="utrecht-table-container utrecht-table-container--overflow-inline regie-table-scroll">
      <table {...rest} className={cls('utrecht-table', 'utrecht-table--html-table', className)}>
        {children}
      </table>
    </div>
  );
}

export const TableCaption = ({ className, ...rest }: HTMLAttributes<HTMLTableCaptionElement>) => (
  <caption {...rest} className={cls('utrecht-table__caption', className)} />
);
export const TableHeader = ({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) => (
  <thead {...rest} className={cls('utrecht-table__header', className)} />
);
export const TableBody = ({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) => (
  <tbody {...rest} className={cls('utrecht-table__body', className)} />
);
export const TableRow = ({ className, ...rest }: HTMLAttributes<HTMLTableRowElement>) => (
  <tr {...rest} className={cls('utrecht-table__row', className)} />
);
export const TableHeaderCell = ({
  className,
  scope = 'col',
  ...rest
}: ThHTMLAttributes<HTMLTableCellElement>) => (
  <th {...rest} scope={scope} className={cls('utrecht-table__header-cell', className)} />
);
export const TableCell = ({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) => (
  <td {...rest} className={cls('utrecht-table__cell', className)} />
);

/** A table from a header row and data rows; the first column may be a row header. */
export function SimpleTable({
  caption,
  headers,
  rows,
  rowHeader = false,
  className,
}: {
  caption: ReactNode;
  headers: ReactNode[];
  rows: { key: string; cells: ReactNode[] }[];
  rowHeader?: boolean;
  className?: string;
}) {
  return (
    <Table className={className}>
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          {headers.map((h, i) => (
            <TableHeaderCell key={i}>{h}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>
            {r.cells.map((c, i) =>
              i === 0 && rowHeader ? (
                <TableHeaderCell key={i} scope="row">
                  {c}
                </TableHeaderCell>
              ) : (
                <TableCell key={i}>{c}</TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
