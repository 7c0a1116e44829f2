import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal <dialog> titled by its heading, open while `isOpen`. Esc, the backdrop and the
 * dialog's own close all call `onClose`.
 */
export function Modal({
  isOpen,
  onClose,
  title,
  className,
  children,
}: {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  className: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  const titleId = `${className}-title`;
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself) closes it.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="dialog-body">
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </dialog>
  );
}
