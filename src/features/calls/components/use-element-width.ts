import { useLayoutEffect, useRef, useState } from 'react'

/**
 * The content width of an element, kept up to date as it resizes; 0 until it is measured. The
 * first width comes from the ResizeObserver's first notice, after the frame's own layout: reading
 * `clientWidth` here would force a layout of the whole page inside the render that mounts it (33 ms
 * in one task with a 100-row table, measured). Without ResizeObserver it is read once.
 */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    if (typeof ResizeObserver === 'undefined') {
      setWidth(element.clientWidth)
      return
    }
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, width] as const
}
