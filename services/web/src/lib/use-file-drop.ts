import { useState, type DragEvent } from 'react';

/**
 * Drag-and-drop of files onto a drop zone: whether files are being dragged over it, and the
 * handlers to spread on its element. `take` receives the dropped files unless `disabled`.
 */
export function useFileDrop(take: (files: FileList) => void, disabled?: boolean) {
  const [over, setOver] = useState(false);
  const handlers = {
    onDragEnter: (e: DragEvent) => {
      e.preventDefault();
      if (!disabled) setOver(true);
    },
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    },
    // Leaving for a child of the zone is not leaving the zone.
    onDragLeave: (e: DragEvent) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      if (!disabled) take(e.dataTransfer.files);
    },
  };
  return { over, handlers };
}
